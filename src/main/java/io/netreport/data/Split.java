package io.netreport.data;

import io.netreport.config.SplitConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Row indices of the train, validation and test parts of one data set. Each part lists its rows in
 * file order; together the parts hold every row exactly once.
 */
public record Split(int[] train, int[] validation, int[] test) {

    /**
     * A seeded shuffle split. With {@code stratify}, each class is split on its own, so every part
     * keeps the class proportions of the whole (to within one row per class).
     */
    public static Split of(double[] labels, SplitConfig config) {
        List<List<Integer>> groups = new ArrayList<>();
        if (config.stratify()) {
            groups.add(indicesWithLabel(labels, 0.0));
            groups.add(indicesWithLabel(labels, 1.0));
        } else {
            groups.add(indicesWithLabel(labels, Double.NaN));
        }
        Random random = new Random(config.seed());
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : groups) {
            Collections.shuffle(group, random);
            int n = group.size();
            int nTrain = (int) Math.round(config.train() * n);
            int nValidation = config.hasTest() ? (int) Math.round(config.validation() * n) : n - nTrain;
            nValidation = Math.min(nValidation, n - nTrain);
            train.addAll(group.subList(0, nTrain));
            validation.addAll(group.subList(nTrain, nTrain + nValidation));
            test.addAll(group.subList(nTrain + nValidation, n));
        }
        return new Split(sorted(train), sorted(validation), sorted(test));
    }

    private static List<Integer> indicesWithLabel(double[] labels, double label) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (Double.isNaN(label) || labels[i] == label) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static int[] sorted(List<Integer> indices) {
        int[] array = indices.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
